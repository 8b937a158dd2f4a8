"""Official documents: the council letter's appendices written as Word and Excel
files, and read back.

Builders (`roadmap`, `scoring_appendices`) turn the record into an
`OfficialDocument`, a plain description of paragraphs and tables; `word` and
`excel` write any such document. `layout` and `sections` lay a .docx or .xlsx
appendix out as the letter's text, the letter's own readers (graph.io.appendix)
and the free-text award parser read it, `new_units` names the units the store
does not know, and `preview_builder` sorts it all into a preview shown before
`importer` writes anything. See docs/documents.md.
"""
