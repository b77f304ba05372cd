#include "mainwindow.h"

#include "io/textexporter.h"
#include "storage/database.h"
#include "storage/issuecreation.h"
#include "storage/issuerepository.h"

#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kuaibao {

MainWindow::MainWindow(Database &database, QWidget *parent)
    : QMainWindow(parent), m_database(database) {
    setWindowTitle(tr("Kuaibao bulletin editor"));
    resize(1100, 760);

    m_archive = new QTreeWidget;
    m_archive->setHeaderLabels({tr("Issue"), tr("Date"), tr("Status")});
    m_view = new QTextBrowser;
    auto *splitter = new QSplitter;
    splitter->addWidget(m_archive);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(1, 3);

    m_stack = new QStackedWidget;
    m_stack->addWidget(buildGreeting());
    m_stack->addWidget(splitter);
    setCentralWidget(m_stack);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newIssue = file->addAction(tr("&New issue"), this, &MainWindow::createNextIssue);
    newIssue->setShortcut(QKeySequence::New);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    connect(m_archive, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, Qt::UserRole).isValid()) {
            showIssue(item->data(0, Qt::UserRole).toLongLong());
        }
    });
    reloadArchive();
}

QWidget *MainWindow::buildGreeting() {
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *title = new QLabel(tr("The archive is empty."));
    title->setAlignment(Qt::AlignCenter);
    auto *newButton = new QPushButton(tr("Start a new issue from the template"));
    connect(newButton, &QPushButton::clicked, this, &MainWindow::createNextIssue);
    layout->addStretch();
    layout->addWidget(title);
    layout->addWidget(newButton, 0, Qt::AlignCenter);
    layout->addStretch();
    return page;
}

void MainWindow::reloadArchive() {
    Result<QList<IssueSummary>> issues = IssueRepository(m_database).list();
    if (!issues) {
        QMessageBox::warning(this, tr("Cannot read the archive"), issues.error().message);
        return;
    }
    m_archive->clear();
    QTreeWidgetItem *yearItem = nullptr;
    for (const IssueSummary &s : *issues) {
        const QString year = QString::number(s.date.year());
        if (!yearItem || yearItem->text(0) != year) {
            yearItem = new QTreeWidgetItem(m_archive, {year});
            yearItem->setExpanded(true);
        }
        auto *item =
            new QTreeWidgetItem(yearItem, {tr("No. %1").arg(s.number), s.date.toString(Qt::ISODate),
                                           statusDisplayName(s.status)});
        item->setData(0, Qt::UserRole, s.storageId);
    }
    m_stack->setCurrentIndex(issues->isEmpty() ? 0 : 1);
    statusBar()->showMessage(tr("%n issue(s) in the archive", nullptr, int(issues->size())));
}

void MainWindow::showIssue(qint64 storageId) {
    Result<Issue> issue = IssueRepository(m_database).loadById(storageId);
    if (!issue) {
        QMessageBox::warning(this, tr("Cannot open the issue"), issue.error().message);
        return;
    }
    m_view->setPlainText(exportIssueText(*issue));
}

void MainWindow::createNextIssue() {
    IssueRepository repository(m_database);
    Result<Issue> created = kuaibao::createNextIssue(repository, NewIssueRequest{});
    if (!created) {
        QMessageBox::warning(this, tr("Cannot create the issue"), created.error().message);
        return;
    }
    reloadArchive();
    showIssue(created->storageId);
}

} // namespace kuaibao
