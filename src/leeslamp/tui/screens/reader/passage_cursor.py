"""The passage cursor: the reader's keyboard way to choose what a note is about.

It stands on one block (a paragraph, a list item or a quote; headings and code are passed over)
and on one choice within it: the whole block first, then each sentence (`split_sentences`). Up
and down go to the previous or next block, with the whole block chosen; left and right go
through the choices and stop at either end. Only blocks that are on screen (paired with a widget
by the PassageMap) can be stood on.
"""

from __future__ import annotations

from functools import lru_cache

from leeslamp.library.article_text import split_sentences
from leeslamp.tui.screens.reader.passages import PassageMap

#: the kinds of block the cursor stops at
NAVIGABLE = frozenset({"paragraph", "list_item", "quote"})


@lru_cache(maxsize=512)
def choices(text: str) -> tuple[tuple[int, int], ...]:
    """The whole block, then its sentences if it has more than one; local [start, end)."""
    whole = (0, len(text))
    sentences = split_sentences(text)
    return (whole, *sentences) if len(sentences) > 1 else (whole,)


class PassageCursor:
    def __init__(self, passages: PassageMap, block: int, choice: int = 0) -> None:
        self.passages = passages
        self.block = block
        self.choice = choice

    def can_stand_on(self, index: int) -> bool:
        passages = self.passages
        return (
            0 <= index < len(passages.blocks)
            and passages.blocks[index].kind in NAVIGABLE
            and passages.placed[index] is not None
        )

    @property
    def choices(self) -> tuple[tuple[int, int], ...]:
        return choices(self.passages.blocks[self.block].text)

    @property
    def span(self) -> tuple[int, int]:
        """The chosen passage: [start, end) in the article's plain text."""
        block_start = self.passages.bounds[self.block][0]
        local_start, local_end = self.choices[min(self.choice, len(self.choices) - 1)]
        return block_start + local_start, block_start + local_end

    @property
    def whole_block(self) -> bool:
        return self.choice == 0

    def step_block(self, step: int) -> bool:
        """To the next (step 1) or previous (-1) block the cursor can stand on."""
        index = self.block + step
        while 0 <= index < len(self.passages.blocks):
            if self.can_stand_on(index):
                self.block, self.choice = index, 0
                return True
            index += step
        return False

    def step_choice(self, step: int) -> bool:
        """To the next (1) or previous (-1) choice in this block; False at either end."""
        choice = self.choice + step
        if 0 <= choice < len(self.choices):
            self.choice = choice
            return True
        return False

    def place(self, start: int, end: int) -> bool:
        """Stand on the block that holds `start`, on the choice that is [start, end) if any."""
        index = self.passages.index_at(start)
        if not self.can_stand_on(index):
            return False
        self.block, self.choice = index, 0
        for number, _span in enumerate(self.choices):
            self.choice = number
            if self.span == (start, end):
                return True
        self.choice = 0
        return True

    @classmethod
    def first_from(cls, passages: PassageMap, index: int) -> PassageCursor | None:
        """A cursor on block `index`, or on the first block after it it can stand on."""
        cursor = cls(passages, index)
        if cursor.can_stand_on(index) or cursor.step_block(1) or cursor.step_block(-1):
            return cursor
        return None
