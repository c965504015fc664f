"""The Schrijfblok's two lists, each kept up to date with the journal block by block: the
coach's assignments about this article (an `AssignmentGroup` each) and the reflections, newest
first, with any not yet saved at the top. A reload adds, replaces and retires blocks (see
notepad_blocks.py for when a block may be replaced), so what you are writing is never lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.containers import Vertical

from leeslamp.tui.widgets.notepad_blocks import AnswerBlock, AssignmentGroup, ReflectionBlock

if TYPE_CHECKING:
    from textual.widget import AwaitMount

    from leeslamp.assignments import AssignmentQuestion
    from leeslamp.journal import Entry


class AssignmentList(Vertical):
    def __init__(self) -> None:
        super().__init__(id="notepad-assignments")

    async def show(
        self,
        questions: list[AssignmentQuestion],
        progress: dict[str, tuple[int, int]],
        loaded_at: float,
    ) -> None:
        """The article's questions, grouped by assignment; `progress` per assignment id."""
        grouped: dict[str, list[AssignmentQuestion]] = {}
        for question in questions:
            grouped.setdefault(question.assignment.id, []).append(question)
        groups = {group.assignment.id: group for group in self.query_children(AssignmentGroup)}
        for assignment_id, existing in groups.items():
            if assignment_id not in grouped:
                existing.remove()
        for assignment_id, asked in grouped.items():
            group = groups.get(assignment_id)
            if group is None:
                group = AssignmentGroup(asked[0].assignment)
                await self.mount(group)
            total = len(asked[0].assignment.questions)
            await group.show(asked, progress.get(assignment_id, (0, total)), loaded_at)

    def answer_block(self, question: tuple[str, int]) -> AnswerBlock | None:
        """The answer to (assignment id, question number), if it is shown."""
        assignment_id, number = question
        for group in self.query_children(AssignmentGroup):
            if group.assignment.id == assignment_id:
                for block in group.query_children(AnswerBlock):
                    if block.number == number:
                        return block
        return None

    def relabel(self) -> None:
        for group in self.query_children(AssignmentGroup):
            group.relabel()


class ReflectionList(Vertical):
    def __init__(self, article_id: str) -> None:
        super().__init__(id="notepad-reflections")
        self.article_id = article_id

    async def show(self, reflections: list[Entry], loaded_at: float) -> None:
        """The journal's reflections (newest first), as read at `loaded_at`."""
        blocks = {b.entry_id: b for b in self.query_children(ReflectionBlock) if b.entry_id}
        wanted = {entry.id for entry in reflections}
        for entry_id, existing_block in list(blocks.items()):
            if entry_id not in wanted and existing_block.may_replace(loaded_at):
                await existing_block.retire()  # deleted elsewhere (in the Dagboek)
                del blocks[entry_id]
        previous: ReflectionBlock | None = None
        for entry in reflections:  # newest first
            block = blocks.get(entry.id)
            if block is not None and block.outdated_by(entry, loaded_at):
                fresh = ReflectionBlock(self.article_id, entry)
                await self.mount(fresh, after=block)
                await block.retire()
                block = fresh
            elif block is None:
                block = ReflectionBlock(self.article_id, entry)
                if previous is not None:
                    await self.mount(block, after=previous)
                else:
                    unsaved = self.unsaved()
                    if unsaved:
                        await self.mount(block, after=unsaved[-1])
                    else:
                        await self._mount_at_top(block)
            previous = block

    def unsaved(self) -> list[ReflectionBlock]:
        return [b for b in self.query_children(ReflectionBlock) if b.entry_id is None]

    def saved(self) -> list[ReflectionBlock]:
        return [b for b in self.query_children(ReflectionBlock) if b.entry_id]

    def block(self, entry_id: str) -> ReflectionBlock | None:
        return next(
            (b for b in self.query_children(ReflectionBlock) if b.entry_id == entry_id), None
        )

    async def new_at_top(self) -> ReflectionBlock:
        """A new reflection to write, at the top (the one there already, if there is one)."""
        unsaved = self.unsaved()
        if unsaved:
            return unsaved[0]
        block = ReflectionBlock(self.article_id)
        await self._mount_at_top(block)
        return block

    def _mount_at_top(self, block: ReflectionBlock) -> AwaitMount:
        if self.children:
            return self.mount(block, before=self.children[0])
        return self.mount(block)

    def relabel(self) -> None:
        for block in self.query_children(ReflectionBlock):
            block.relabel()
