#pragma once

#include <QString>

namespace kuaibao {

// The text form's rule for headings inside an article (docs/text-format.md): which line of text
// is a heading of which level, and the explicit `# ` marker for a heading that the rule would
// not find by its numbering. Shared by the importer and the exporter so they always agree.
class HeadingLines {
public:
    // Headings are short; a longer line that does not end a sentence is a paragraph cut by a
    // page break.
    static constexpr qsizetype kMaxLength = 40;

    // The level (1–4) of a line that starts with 一、 （一） 1. 1、 or （1） and either is short
    // and does not end with 。； (nor with ，、, which cut a sentence), or is one whole sentence
    // with a blank line after it; 0 for any other line.
    static int levelOf(const QString &text, bool blankLineAfter);

    // A line marked as a heading: 1–4 `#` then a space, `## （二）行政村`. Gives the level and
    // sets `rest` to the markup after the marker; 0 when the line has no marker.
    static int markedLevel(const QString &markup, QString *rest);
    // The marker of `level`: "# " … "#### ".
    static QString marker(int level);
};

} // namespace kuaibao
