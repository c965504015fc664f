"""The reader's keys and messages for its attention part (choosing a passage, writing and
keeping notes, the notes panel), each passed on to the screen's `AttentionController`. Which of
them apply at a moment is the controller's to say (`allows`, in the screen's check_action)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual import events

    from leeslamp.tui.screens.reader.attention import AttentionController
    from leeslamp.tui.widgets.attention_list import AttentionPanel
    from leeslamp.tui.widgets.entry_editor import EntryEditor


class AttentionKeys:
    """Mixed into ReaderScreen, which sets `attention`."""

    attention: AttentionController

    def on_click(self, event: events.Click) -> None:
        self.attention.choice.click(event)

    def on_entry_editor_saved(self, message: EntryEditor.Saved) -> None:
        self.attention.entry_saved(message)

    def on_attention_panel_edited(self, message: AttentionPanel.Edited) -> None:
        self.attention.panel_edited(message)

    def on_attention_panel_jump(self, message: AttentionPanel.Jump) -> None:
        self.attention.notes_panel.jump(message)

    def on_attention_panel_highlighted(self, message: AttentionPanel.Highlighted) -> None:
        self.attention.notes_panel.highlighted(message)

    def action_passage_toggle(self) -> None:
        self.attention.choice.toggle()

    action_passage_toggle_quiet = action_passage_toggle

    def action_passage_off(self) -> None:
        self.attention.choice.off()

    def action_passage_next(self) -> None:
        self.attention.choice.next_block()

    def action_passage_previous(self) -> None:
        self.attention.choice.previous_block()

    def action_sentence_next(self) -> None:
        self.attention.choice.next_sentence()

    def action_sentence_previous(self) -> None:
        self.attention.choice.previous_sentence()

    def action_note_add(self) -> None:
        self.attention.note_add()

    def action_note_add_chosen(self) -> None:
        self.attention.note_add_chosen()

    def action_note_edit(self) -> None:
        self.attention.note_edit()

    def action_note_delete(self) -> None:
        self.attention.note_delete()

    def action_note_reattach(self) -> None:
        self.attention.note_reattach()

    def action_note_restore(self) -> None:
        self.attention.note_restore()

    async def action_notes_toggle(self) -> None:
        await self.attention.notes_panel.toggle()

    async def action_notes_toggle_quiet(self) -> None:
        await self.attention.notes_panel.toggle()

    async def action_notes_leave(self) -> None:
        await self.attention.notes_panel.leave()
