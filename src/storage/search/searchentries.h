#pragma once

#include "core/issue.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kuaibao {

// Which part of an issue a piece of searchable text is.
enum class SearchPart {
    Title,     // an article's title
    Paragraph, // a paragraph of an article
    Item,      // the text of a 简讯 item
    ItemUnits, // the units an item is credited to
    AlsoUnits, // a category's also-took-part units
};

QString searchPartKey(SearchPart part);
std::optional<SearchPart> searchPartFromKey(const QString &key);

// Where in an issue a hit is: the section, then the article or category, then the paragraph
// or item (-1 where it does not apply: a title, an also-took-part list).
struct SearchLocation {
    SearchPart part = SearchPart::Paragraph;
    int section = 0;
    int block = 0;
    int element = -1;
    bool operator==(const SearchLocation &) const = default;
};

// One searchable piece of an issue's text, with what the filters need to know about it.
struct SearchEntry {
    SearchLocation location;
    QString section;
    QString category;  // the 简讯 category, empty in article sections
    QStringList units; // the units an item is credited to, or the also-took-part units
    QString text;
};

// Every searchable piece of the issue in reading order: titles, paragraphs, item units, item
// texts, also-took-part units. Empty pieces are left out.
QList<SearchEntry> searchEntries(const Issue &issue);

// The text of `location` in `issue`, or an empty string when the issue has no such place.
QString textAt(const Issue &issue, const SearchLocation &location);

} // namespace kuaibao
