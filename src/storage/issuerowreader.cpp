#include "issuerows.h"

#include "engine.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QHash>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct IssueRowsText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::IssueRows)
};

// Where a stored row sits in the model being rebuilt.
struct Slot {
    int section = -1;
    int index = -1; // article or category index within the section
};

// Runs one read query over the rows of an issue and hands each row to `take`.
template <typename Take>
Status forEachRow(const QSqlDatabase &db, const QString &sql, qint64 issueId, Take take) {
    Result<QSqlQuery> query = runSql(db, sql, {issueId}, IssueRowsText::tr("reading the issue"));
    if (!query) {
        return query.error();
    }
    while (query->next()) {
        Status s = take(*query);
        if (!s) {
            return s;
        }
    }
    if (query->lastError().isValid()) {
        return sqlError(db, query->lastError(), IssueRowsText::tr("reading the issue"));
    }
    return {};
}

Error damaged(const QString &what) {
    return Error::corrupt(IssueRowsText::tr("the stored issue is damaged: %1").arg(what));
}

Status readSections(const QSqlDatabase &db, qint64 issueId, Issue &issue,
                    QHash<qint64, int> &sectionIndex) {
    return forEachRow(
        db,
        QStringLiteral("SELECT id, name, kind FROM sections WHERE issue_id = ? ORDER BY position"),
        issueId, [&](const QSqlQuery &q) -> Status {
            Section section;
            section.name = q.value(1).toString();
            const QString kind = q.value(2).toString();
            if (kind != QLatin1String("briefs") && kind != QLatin1String("articles")) {
                return damaged(IssueRowsText::tr("section kind \"%1\"").arg(kind));
            }
            section.kind =
                kind == QLatin1String("briefs") ? SectionKind::Briefs : SectionKind::Articles;
            sectionIndex.insert(q.value(0).toLongLong(), int(issue.sections.size()));
            issue.sections.append(section);
            return {};
        });
}

Status readArticles(const QSqlDatabase &db, qint64 issueId, Issue &issue,
                    const QHash<qint64, int> &sectionIndex) {
    QHash<qint64, Slot> articleSlot;
    Status s = forEachRow(
        db,
        QStringLiteral("SELECT a.id, a.section_id, a.title, a.attribution FROM articles a "
                       "JOIN sections s ON s.id = a.section_id WHERE s.issue_id = ? "
                       "ORDER BY s.position, a.position"),
        issueId, [&](const QSqlQuery &q) -> Status {
            const int section = sectionIndex.value(q.value(1).toLongLong(), -1);
            if (section < 0) {
                return damaged(IssueRowsText::tr("an article outside any section"));
            }
            QList<Article> &articles = issue.sections[section].articles;
            articleSlot.insert(q.value(0).toLongLong(), {section, int(articles.size())});
            articles.append(Article{q.value(2).toString(), {}, q.value(3).toString()});
            return {};
        });
    if (!s) {
        return s;
    }
    return forEachRow(
        db,
        QStringLiteral("SELECT p.article_id, p.plain_text, p.bold_ranges, %1 FROM paragraphs p "
                       "JOIN articles a ON a.id = p.article_id JOIN sections s ON s.id = "
                       "a.section_id WHERE s.issue_id = ? ORDER BY s.position, a.position, "
                       "p.position")
            .arg(storesParagraphLevels(db) ? QStringLiteral("p.level") : QStringLiteral("0")),
        issueId, [&](const QSqlQuery &q) -> Status {
            const Slot slot = articleSlot.value(q.value(0).toLongLong());
            if (slot.section < 0) {
                return damaged(IssueRowsText::tr("a paragraph outside any article"));
            }
            const int level = q.value(3).toInt();
            if (level < kBodyLevel || level > kMaxHeadingLevel) {
                return damaged(IssueRowsText::tr("a paragraph with heading level %1").arg(level));
            }
            issue.sections[slot.section].articles[slot.index].paragraphs.append(Paragraph{
                RichText::fromBoldRanges(q.value(1).toString(), q.value(2).toString()), level});
            return {};
        });
}

Status readBriefs(const QSqlDatabase &db, qint64 issueId, Issue &issue,
                  const QHash<qint64, int> &sectionIndex) {
    QHash<qint64, Slot> categorySlot;
    QHash<qint64, BriefItem *> itemById;
    Status s = forEachRow(
        db,
        QStringLiteral("SELECT c.id, c.section_id, c.name FROM categories c JOIN sections s ON "
                       "s.id = c.section_id WHERE s.issue_id = ? ORDER BY s.position, c.position"),
        issueId, [&](const QSqlQuery &q) -> Status {
            const int section = sectionIndex.value(q.value(1).toLongLong(), -1);
            if (section < 0) {
                return damaged(IssueRowsText::tr("a category outside any section"));
            }
            QList<BriefCategory> &categories = issue.sections[section].categories;
            categorySlot.insert(q.value(0).toLongLong(), {section, int(categories.size())});
            categories.append(BriefCategory{q.value(2).toString(), {}, {}});
            return {};
        });
    const QString categoryJoin = QStringLiteral("JOIN categories c ON c.id = %1 JOIN sections s ON "
                                                "s.id = c.section_id WHERE s.issue_id = ?");
    if (s) {
        s = forEachRow(
            db,
            QStringLiteral(
                "SELECT i.id, i.category_id, i.plain_text, i.bold_ranges FROM items i ") +
                categoryJoin.arg(QStringLiteral("i.category_id")) +
                QStringLiteral(" ORDER BY s.position, c.position, i.position"),
            issueId, [&](const QSqlQuery &q) -> Status {
                const Slot slot = categorySlot.value(q.value(1).toLongLong());
                if (slot.section < 0) {
                    return damaged(IssueRowsText::tr("an item outside any category"));
                }
                QList<BriefItem> &items = issue.sections[slot.section].categories[slot.index].items;
                items.append(BriefItem{
                    {}, RichText::fromBoldRanges(q.value(2).toString(), q.value(3).toString())});
                return {};
            });
    }
    // Item pointers are taken only now that no list will grow any more.
    if (s) {
        s = forEachRow(db,
                       QStringLiteral("SELECT i.id, i.category_id, i.position FROM items i ") +
                           categoryJoin.arg(QStringLiteral("i.category_id")),
                       issueId, [&](const QSqlQuery &q) -> Status {
                           const Slot slot = categorySlot.value(q.value(1).toLongLong());
                           auto &items = issue.sections[slot.section].categories[slot.index].items;
                           const int position = q.value(2).toInt();
                           if (position < 0 || position >= items.size()) {
                               return damaged(IssueRowsText::tr("an item position out of range"));
                           }
                           itemById.insert(q.value(0).toLongLong(), &items[position]);
                           return {};
                       });
    }
    if (s) {
        s = forEachRow(db,
                       QStringLiteral("SELECT u.item_id, u.unit FROM item_units u JOIN items i ON "
                                      "i.id = u.item_id ") +
                           categoryJoin.arg(QStringLiteral("i.category_id")) +
                           QStringLiteral(" ORDER BY u.item_id, u.position"),
                       issueId, [&](const QSqlQuery &q) -> Status {
                           BriefItem *item = itemById.value(q.value(0).toLongLong());
                           if (!item) {
                               return damaged(IssueRowsText::tr("a unit outside any item"));
                           }
                           item->units << q.value(1).toString();
                           return {};
                       });
    }
    if (s) {
        s = forEachRow(db,
                       QStringLiteral("SELECT a.category_id, a.unit FROM also_units a ") +
                           categoryJoin.arg(QStringLiteral("a.category_id")) +
                           QStringLiteral(" ORDER BY a.category_id, a.position"),
                       issueId, [&](const QSqlQuery &q) -> Status {
                           const Slot slot = categorySlot.value(q.value(0).toLongLong());
                           issue.sections[slot.section].categories[slot.index].alsoUnits
                               << q.value(1).toString();
                           return {};
                       });
    }
    return s;
}

Status readFooter(const QSqlDatabase &db, qint64 issueId, Footer &footer) {
    Status s = forEachRow(
        db,
        QStringLiteral("SELECT role, name FROM footer_staff WHERE issue_id = ? ORDER BY position"),
        issueId, [&](const QSqlQuery &q) -> Status {
            footer.staff.append({q.value(0).toString(), q.value(1).toString()});
            return {};
        });
    if (!s) {
        return s;
    }
    return forEachRow(db,
                      QStringLiteral("SELECT kind, label, text FROM footer_lines WHERE issue_id = "
                                     "? ORDER BY kind DESC, position"),
                      issueId, [&](const QSqlQuery &q) -> Status {
                          LabelledLine line{q.value(1).toString(), q.value(2).toString()};
                          if (q.value(0).toString() == QLatin1String("contact")) {
                              footer.contacts.append(line);
                          } else {
                              footer.distribution.append(line);
                          }
                          return {};
                      });
}

} // namespace

bool storesParagraphLevels(const QSqlDatabase &db) {
    const Result<QVariant> found =
        scalarSql(db, Engine::of(db).statement(EngineStatement::ColumnExists),
                  {QStringLiteral("paragraphs"), QStringLiteral("level")});
    return found && found->toInt() > 0;
}

Status readIssueChildren(const QSqlDatabase &db, qint64 issueId, Issue &issue) {
    QHash<qint64, int> sectionIndex;
    Status s = readSections(db, issueId, issue, sectionIndex);
    if (s) {
        s = readArticles(db, issueId, issue, sectionIndex);
    }
    if (s) {
        s = readBriefs(db, issueId, issue, sectionIndex);
    }
    if (s) {
        s = readFooter(db, issueId, issue.footer);
    }
    return s;
}

} // namespace kuaibao
