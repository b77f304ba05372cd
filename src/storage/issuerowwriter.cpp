#include "issuerows.h"

#include "engine.h"
#include "inlinebindings.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace kuaibao {

namespace {

// The translation context of this file's messages.
struct IssueRowsText {
    Q_DECLARE_TR_FUNCTIONS(kuaibao::IssueRows)
};

// One prepared INSERT reused for every row of a table during a save.
class RowInserter {
public:
    RowInserter(const QSqlDatabase &db, const QString &sql)
        : m_db(db), m_sql(sql), m_query(db),
          m_inline(Engine::of(db).kind() == EngineKind::Postgres) {
        m_prepared = m_inline || m_query.prepare(sql);
    }

    Result<qint64> insert(const QVariantList &values) {
        if (!m_prepared) {
            return sqlError(m_db, m_query.lastError(), IssueRowsText::tr("saving the issue"));
        }
        for (int i = 0; i < values.size() && !m_inline; ++i) {
            m_query.bindValue(i, sqlValue(values.at(i)));
        }
        if (m_inline && !m_db.isOpen()) {
            return sqlError(m_db, {}, IssueRowsText::tr("saving the issue"));
        }
        if (m_inline ? !m_query.exec(inlineBindings(m_db, m_sql, values)) : !m_query.exec()) {
            return sqlError(m_db, m_query.lastError(), IssueRowsText::tr("saving the issue"));
        }
        return Engine::of(m_db).insertedId(m_db, m_query);
    }

private:
    QSqlDatabase m_db;
    QString m_sql;
    QSqlQuery m_query;
    bool m_inline = false;
    bool m_prepared = false;
};

QString kindKey(SectionKind kind) {
    return kind == SectionKind::Briefs ? QStringLiteral("briefs") : QStringLiteral("articles");
}

Status writeFooter(const QSqlDatabase &db, qint64 issueId, const Footer &footer) {
    RowInserter staff(db, QStringLiteral("INSERT INTO footer_staff (issue_id, position, role, "
                                         "name) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < footer.staff.size(); ++i) {
        const StaffCredit &credit = footer.staff.at(i);
        if (auto r = staff.insert({issueId, i, credit.role, credit.name}); !r) {
            return r.error();
        }
    }
    RowInserter lines(db, QStringLiteral("INSERT INTO footer_lines (issue_id, kind, position, "
                                         "label, text) VALUES (?, ?, ?, ?, ?)"));
    const QList<std::pair<QString, const QList<LabelledLine> *>> groups = {
        {QStringLiteral("distribution"), &footer.distribution},
        {QStringLiteral("contact"), &footer.contacts}};
    for (const auto &[kind, list] : groups) {
        for (int i = 0; i < list->size(); ++i) {
            if (auto r = lines.insert({issueId, kind, i, list->at(i).label, list->at(i).text});
                !r) {
                return r.error();
            }
        }
    }
    return {};
}

// Inserters for everything below a section, prepared once per save.
struct SectionWriter {
    explicit SectionWriter(const QSqlDatabase &db)
        : withLevels(storesParagraphLevels(db)),
          sections(db, QStringLiteral("INSERT INTO sections (issue_id, position, name, kind) "
                                      "VALUES (?, ?, ?, ?)")),
          articles(db, QStringLiteral("INSERT INTO articles (section_id, position, title, "
                                      "attribution) VALUES (?, ?, ?, ?)")),
          paragraphs(db, withLevels ? QStringLiteral("INSERT INTO paragraphs (article_id, "
                                                     "position, plain_text, bold_ranges, level) "
                                                     "VALUES (?, ?, ?, ?, ?)")
                                    : QStringLiteral("INSERT INTO paragraphs (article_id, "
                                                     "position, plain_text, bold_ranges) VALUES "
                                                     "(?, ?, ?, ?)")),
          categories(db, QStringLiteral("INSERT INTO categories (section_id, position, name) "
                                        "VALUES (?, ?, ?)")),
          items(db, QStringLiteral("INSERT INTO items (category_id, position, plain_text, "
                                   "bold_ranges) VALUES (?, ?, ?, ?)")),
          itemUnits(db, QStringLiteral("INSERT INTO item_units (item_id, position, unit) "
                                       "VALUES (?, ?, ?)")),
          alsoUnits(db, QStringLiteral("INSERT INTO also_units (category_id, position, unit) "
                                       "VALUES (?, ?, ?)")) {}

    Status writeArticles(qint64 sectionId, const Section &section) {
        for (int a = 0; a < section.articles.size(); ++a) {
            const Article &article = section.articles.at(a);
            auto articleId = articles.insert({sectionId, a, article.title, article.attribution});
            if (!articleId) {
                return articleId.error();
            }
            for (int p = 0; p < article.paragraphs.size(); ++p) {
                const Paragraph &paragraph = article.paragraphs.at(p);
                const RichText &text = paragraph.text;
                QVariantList values{*articleId, p, text.plainText(), text.boldRanges()};
                if (withLevels) {
                    values << paragraph.level;
                } else if (paragraph.isHeading()) {
                    return Error::storage(IssueRowsText::tr(
                        "this archive is older than heading levels and cannot store one"));
                }
                auto r = paragraphs.insert(values);
                if (!r) {
                    return r.error();
                }
            }
        }
        return {};
    }

    Status writeCategories(qint64 sectionId, const Section &section) {
        for (int c = 0; c < section.categories.size(); ++c) {
            const BriefCategory &category = section.categories.at(c);
            auto categoryId = categories.insert({sectionId, c, category.name});
            if (!categoryId) {
                return categoryId.error();
            }
            for (int i = 0; i < category.items.size(); ++i) {
                const BriefItem &item = category.items.at(i);
                auto itemId =
                    items.insert({*categoryId, i, item.text.plainText(), item.text.boldRanges()});
                if (!itemId) {
                    return itemId.error();
                }
                for (int u = 0; u < item.units.size(); ++u) {
                    if (auto r = itemUnits.insert({*itemId, u, item.units.at(u)}); !r) {
                        return r.error();
                    }
                }
            }
            for (int u = 0; u < category.alsoUnits.size(); ++u) {
                if (auto r = alsoUnits.insert({*categoryId, u, category.alsoUnits.at(u)}); !r) {
                    return r.error();
                }
            }
        }
        return {};
    }

    bool withLevels; // false while an archive older than schema 8 is upgraded
    RowInserter sections, articles, paragraphs, categories, items, itemUnits, alsoUnits;
};

} // namespace

Status writeIssueChildren(const QSqlDatabase &db, qint64 issueId, const Issue &issue) {
    for (const QString &table : {QStringLiteral("sections"), QStringLiteral("footer_staff"),
                                 QStringLiteral("footer_lines")}) {
        Status s = execSql(db, QStringLiteral("DELETE FROM %1 WHERE issue_id = ?").arg(table),
                           {issueId}, IssueRowsText::tr("saving the issue"));
        if (!s) {
            return s;
        }
    }
    SectionWriter writer(db);
    for (int s = 0; s < issue.sections.size(); ++s) {
        const Section &section = issue.sections.at(s);
        auto sectionId = writer.sections.insert({issueId, s, section.name, kindKey(section.kind)});
        if (!sectionId) {
            return sectionId.error();
        }
        Status written = section.kind == SectionKind::Briefs
                             ? writer.writeCategories(*sectionId, section)
                             : writer.writeArticles(*sectionId, section);
        if (!written) {
            return written;
        }
    }
    return writeFooter(db, issueId, issue.footer);
}

} // namespace kuaibao
