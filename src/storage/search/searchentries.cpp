#include "searchentries.h"

namespace kuaibao {

QString searchPartKey(SearchPart part) {
    switch (part) {
    case SearchPart::Title:
        return QStringLiteral("title");
    case SearchPart::Paragraph:
        return QStringLiteral("paragraph");
    case SearchPart::Item:
        return QStringLiteral("item");
    case SearchPart::ItemUnits:
        return QStringLiteral("item-units");
    case SearchPart::AlsoUnits:
        return QStringLiteral("also-units");
    }
    return {};
}

std::optional<SearchPart> searchPartFromKey(const QString &key) {
    for (SearchPart part : {SearchPart::Title, SearchPart::Paragraph, SearchPart::Item,
                            SearchPart::ItemUnits, SearchPart::AlsoUnits}) {
        if (searchPartKey(part) == key) {
            return part;
        }
    }
    return std::nullopt;
}

namespace {

const QString kUnitSeparator = QStringLiteral("、");

void addEntry(QList<SearchEntry> &out, SearchEntry entry) {
    if (!entry.text.isEmpty()) {
        out.append(std::move(entry));
    }
}

} // namespace

QList<SearchEntry> searchEntries(const Issue &issue) {
    QList<SearchEntry> out;
    for (int s = 0; s < issue.sections.size(); ++s) {
        const Section &section = issue.sections.at(s);
        for (int a = 0; a < section.articles.size(); ++a) {
            const Article &article = section.articles.at(a);
            addEntry(out, {{SearchPart::Title, s, a, -1}, section.name, {}, {}, article.title});
            for (int p = 0; p < article.paragraphs.size(); ++p) {
                addEntry(out, {{SearchPart::Paragraph, s, a, p},
                               section.name,
                               {},
                               {},
                               article.paragraphs.at(p).text.plainText()});
            }
        }
        for (int c = 0; c < section.categories.size(); ++c) {
            const BriefCategory &category = section.categories.at(c);
            for (int i = 0; i < category.items.size(); ++i) {
                const BriefItem &item = category.items.at(i);
                addEntry(out, {{SearchPart::ItemUnits, s, c, i},
                               section.name,
                               category.name,
                               item.units,
                               item.units.join(kUnitSeparator)});
                addEntry(out, {{SearchPart::Item, s, c, i},
                               section.name,
                               category.name,
                               item.units,
                               item.text.plainText()});
            }
            addEntry(out, {{SearchPart::AlsoUnits, s, c, -1},
                           section.name,
                           category.name,
                           category.alsoUnits,
                           category.alsoUnits.join(kUnitSeparator)});
        }
    }
    return out;
}

QString textAt(const Issue &issue, const SearchLocation &location) {
    for (const SearchEntry &entry : searchEntries(issue)) {
        if (entry.location == location) {
            return entry.text;
        }
    }
    return {};
}

} // namespace kuaibao
