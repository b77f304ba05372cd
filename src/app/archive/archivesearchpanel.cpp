#include "archivesearchpanel.h"

#include "core/chineseformat.h"
#include "core/templatelibrary.h"
#include "storage/database.h"
#include "storage/units/unitdirectory.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <array>

namespace kuaibao {

namespace {
constexpr qsizetype kBefore = 12;
constexpr qsizetype kAfter = 24;

// The piece of the hit's text around the match: before, the match, after (each cut short).
std::array<QString, 3> excerptParts(const SearchHit &hit) {
    const qsizetype start = hit.snippet.matchStart;
    if (start < 0 || start >= hit.text.size()) {
        return {hit.snippet.text, QString(), QString()};
    }
    const qsizetype from = qMax<qsizetype>(0, start - kBefore);
    const qsizetype end = qMin(hit.text.size(), start + hit.snippet.matchLength);
    const qsizetype to = qMin(hit.text.size(), end + kAfter);
    const QString ellipsis = QStringLiteral("…");
    return {(from > 0 ? ellipsis : QString()) + hit.text.mid(from, start - from),
            hit.text.mid(start, end - start),
            hit.text.mid(end, to - end) + (to < hit.text.size() ? ellipsis : QString())};
}

QString plainExcerpt(const SearchHit &hit) {
    const std::array<QString, 3> parts = excerptParts(hit);
    return parts[0] + parts[1] + parts[2];
}

QString highlightedExcerpt(const SearchHit &hit) {
    const std::array<QString, 3> parts = excerptParts(hit);
    return parts[0].toHtmlEscaped() +
           QStringLiteral("<span style=\"background-color:#ffd54f;\">%1</span>")
               .arg(parts[1].toHtmlEscaped()) +
           parts[2].toHtmlEscaped();
}
} // namespace

namespace {

QLineEdit *dateField(QWidget *parent) {
    auto *field = new QLineEdit(parent);
    field->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    field->setMaxLength(10);
    return field;
}

} // namespace

ArchiveSearchPanel::ArchiveSearchPanel(Database &database, QWidget *parent)
    : QWidget(parent), m_database(database) {
    m_query = new QLineEdit(this);
    m_query->setPlaceholderText(tr("Search the archive (one character or more)"));
    m_query->setClearButtonEnabled(true);
    auto *go = new QPushButton(tr("Search"), this);

    m_from = dateField(this);
    m_to = dateField(this);
    m_section = new QComboBox(this);
    m_category = new QComboBox(this);
    m_section->addItem(tr("Any section"), QString());
    m_category->addItem(tr("Any category"), QString());
    if (auto bulletinTemplate = TemplateLibrary::load(TemplateLibrary::defaultTemplateId())) {
        for (const SectionSkeleton &section : bulletinTemplate->sections()) {
            m_section->addItem(section.name, section.name);
            for (const QString &category : section.categories) {
                m_category->addItem(category, category);
            }
        }
    }
    m_unit = new QComboBox(this);
    m_unit->setEditable(true); // a unit of the list, or any name or alias typed in
    m_unit->addItem(QString());
    if (Result<QStringList> units = UnitDirectory::names(m_database)) {
        m_unit->addItems(*units);
    }
    m_unit->lineEdit()->setPlaceholderText(tr("Any unit"));
    m_status = new QComboBox(this);
    m_status->addItem(tr("Any state"), QString());
    for (IssueStatus status :
         {IssueStatus::Draft, IssueStatus::AwaitingReview, IssueStatus::AwaitingSignature,
          IssueStatus::Published, IssueStatus::Past}) {
        m_status->addItem(statusDisplayName(status), statusKey(status));
    }

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_results = new QTreeWidget(this);
    m_results->setHeaderLabels({tr("Issue"), tr("Date"), tr("Section"), tr("Excerpt")});
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->header()->setStretchLastSection(true);

    auto *queryRow = new QHBoxLayout;
    queryRow->addWidget(m_query, 1);
    queryRow->addWidget(go);
    auto *filters = new QFormLayout;
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(QStringLiteral("–"), this));
    dates->addWidget(m_to);
    filters->addRow(tr("Dates"), dates);
    filters->addRow(tr("Section"), m_section);
    filters->addRow(tr("Category"), m_category);
    filters->addRow(tr("Unit"), m_unit);
    filters->addRow(tr("State"), m_status);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(queryRow);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(m_results, 1);

    connect(m_query, &QLineEdit::returnPressed, this, &ArchiveSearchPanel::runSearch);
    connect(go, &QPushButton::clicked, this, &ArchiveSearchPanel::runSearch);
    connect(m_results, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { activate(item); });
    connect(m_results, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { activate(item); });
}

void ArchiveSearchPanel::setQuery(const QString &text) {
    m_query->setText(text);
}

Result<SearchQuery> ArchiveSearchPanel::queryFromForm() const {
    SearchQuery query;
    query.text = m_query->text();
    for (const auto &[field, target] :
         {std::pair{m_from, &query.from}, std::pair{m_to, &query.to}}) {
        const QString text = field->text().trimmed();
        if (text.isEmpty()) {
            continue;
        }
        const std::optional<QDate> date = parseIsoDate(text);
        if (!date) {
            return Error::badInput(tr("\"%1\" is not a real date written YYYY-MM-DD").arg(text));
        }
        *target = *date;
    }
    query.section = m_section->currentData().toString();
    query.category = m_category->currentData().toString();
    query.unit = m_unit->currentText();
    query.status = statusFromKey(m_status->currentData().toString());
    query.limit = kHitLimit;
    return query;
}

void ArchiveSearchPanel::runSearch() {
    m_results->clear();
    m_hits.clear();
    m_lastActivated = -1;
    Result<SearchQuery> query = queryFromForm();
    Result<QList<SearchHit>> hits =
        query ? ArchiveSearch(m_database).find(*query) : Result<QList<SearchHit>>(query.error());
    if (!hits) {
        m_message->setText(hits.error().message);
        return;
    }
    m_hits = std::move(hits).value();
    m_message->setText(
        m_hits.isEmpty() ? tr("Nothing found.")
        : m_hits.size() >= kHitLimit
            ? tr("The newest %1 hits; narrow the search to see older ones.").arg(kHitLimit)
            : tr("%n hit(s).", nullptr, static_cast<int>(m_hits.size())));
    for (int i = 0; i < m_hits.size(); ++i) {
        const SearchHit &hit = m_hits.at(i);
        const QString number = hit.series == Series::Supplement
                                   ? tr("Supplement %1").arg(hit.number)
                                   : QString::number(hit.number);
        const QString where =
            hit.category.isEmpty() ? hit.section : hit.section + QLatin1Char('/') + hit.category;
        auto *item = new QTreeWidgetItem(
            m_results, {number, hit.date.toString(Qt::ISODate), where, plainExcerpt(hit)});
        item->setData(0, Qt::UserRole, i);
        // The match is marked with a highlight: 【】 would clash with the section brackets.
        auto *excerpt = new QLabel(highlightedExcerpt(hit));
        excerpt->setObjectName(QStringLiteral("hitExcerpt"));
        excerpt->setTextFormat(Qt::RichText);
        excerpt->setAttribute(Qt::WA_TransparentForMouseEvents);
        m_results->setItemWidget(item, 3, excerpt);
    }
}

void ArchiveSearchPanel::activate(QTreeWidgetItem *item) {
    if (item == nullptr) {
        return;
    }
    const int index = item->data(0, Qt::UserRole).toInt();
    // A double click (or a style that activates on click) reports the same hit twice.
    if (index == m_lastActivated && m_sinceActivated.isValid() &&
        m_sinceActivated.elapsed() < QApplication::doubleClickInterval()) {
        return;
    }
    m_lastActivated = index;
    m_sinceActivated.start();
    if (index >= 0 && index < m_hits.size()) {
        emit hitActivated(m_hits.at(index).storageId, m_hits.at(index));
    }
}

} // namespace kuaibao
