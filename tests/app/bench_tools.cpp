// Benchmark drivers, hidden from the test run (tags starting with "."): bench/app/run.sh
// calls them and records the figures in docs/performance.md.
#include "appfixture.h"
#include "demoissues.h"

#include "app/editingsession.h"
#include "app/editor/articleview.h"
#include "app/editor/issueeditor.h"
#include "app/editor/richtextedit.h"
#include "app/editor/sectionview.h"
#include "app/mainwindow.h"
#include "app/preview/pagerenderer.h"
#include "app/preview/pagespanel.h"
#include "core/document/issuedocument.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace kuaibao;
using namespace kuaibao::test;

namespace {
QString requiredEnv(const char *name) {
    const QString value = qEnvironmentVariable(name);
    if (value.isEmpty()) {
        WARN(name << " is not set: this benchmark driver runs from bench/app/run.sh");
    }
    return value;
}

// CPU time of this thread: what the UI thread itself spent, whatever else the machine runs.
double threadCpuMs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

double percentile(QList<double> values, double p) {
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(qMin(values.size() - 1, qsizetype(p * values.size())));
}
} // namespace

TEST_CASE("bench: generate an archive", "[.bench-generate]") {
    const QString path = requiredEnv("KUAIBAO_BENCH_DB");
    if (path.isEmpty()) {
        return;
    }
    const int count = qEnvironmentVariableIntValue("KUAIBAO_BENCH_COUNT");
    auto database = Database::open(path);
    REQUIRE(database.ok());
    IssueRepository repository(**database);
    QElapsedTimer clock;
    clock.start();
    const QDate first(1999, 1, 4);
    const Status written = (*database)->write([&]() -> Status {
        for (int n = 1; n <= count; ++n) {
            Result<Issue> saved = repository.save(demoIssue(n, first.addDays(n)));
            if (!saved) {
                return saved.error();
            }
        }
        return {};
    });
    REQUIRE(written.ok());
    std::printf("generated %d issues in %lld ms\n", count, clock.elapsed());
}

TEST_CASE("bench: a demo issue for the screenshot", "[.bench-demo]") {
    const QString path = requiredEnv("KUAIBAO_BENCH_DB");
    if (path.isEmpty()) {
        return;
    }
    auto database = Database::open(path);
    REQUIRE(database.ok());
    IssueRepository repository(**database);
    REQUIRE(repository.save(demoIssue(57, QDate(2025, 6, 5))).ok());
    REQUIRE(repository.save(demoIssue(58, QDate(2025, 6, 12))).ok());
}

TEST_CASE("bench: opening issues", "[.bench-open]") {
    const QString path = requiredEnv("KUAIBAO_BENCH_DB");
    if (path.isEmpty()) {
        return;
    }
    auto database = Database::open(path);
    REQUIRE(database.ok());
    Result<QList<IssueSummary>> all = IssueRepository(**database).list();
    REQUIRE(all.ok());
    AppFixture settings; // a settings file of its own
    MainWindow window(**database, settings.settingsPath());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QList<double> times;
    QList<double> cpu;
    for (int i = 0; i < 40; ++i) {
        const qint64 id = all->at(QRandomGenerator::global()->bounded(int(all->size()))).storageId;
        QElapsedTimer clock;
        clock.start();
        const double cpuStart = threadCpuMs();
        REQUIRE(window.openIssue(id));
        QCoreApplication::processEvents(); // the editor laid out and painted
        times << clock.nsecsElapsed() / 1e6;
        cpu << threadCpuMs() - cpuStart;
    }
    std::printf("open issue (loaded, laid out, painted): wall median %.1f ms, p90 %.1f ms, "
                "max %.1f ms; UI-thread CPU median %.1f ms, max %.1f ms over %lld opens\n",
                percentile(times, 0.5), percentile(times, 0.9), percentile(times, 1.0),
                percentile(cpu, 0.5), percentile(cpu, 1.0), times.size());
}

TEST_CASE("bench: typing into a four-page issue", "[.bench-typing]") {
    AppFixture fixture;
    IssueRepository repository(*fixture.database);
    REQUIRE(repository.save(fourPageIssue(9, QDate(2025, 6, 12))).ok());
    MainWindow window(*fixture.database, fixture.settingsPath());
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(waitUntil([&] { return window.pages()->pageCount() > 0; }, 5000));
    const int pages = window.pages()->pageCount();
    RichTextEdit *body = window.editor()->sections().at(0)->articles().at(0)->body();
    body->setFocus();
    body->moveCursor(QTextCursor::End);

    // A 1 ms heartbeat: the longest gap between beats is the longest time the UI thread was
    // busy with something (a keystroke, the pages arriving, an autosave) and could not react.
    // Thread CPU time, so that the machine's other load does not count as our work.
    double lastBeat = threadCpuMs();
    double longestGap = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const double now = threadCpuMs();
        longestGap = qMax(longestGap, now - lastBeat);
        lastBeat = now;
    });
    heartbeat.start();
    QList<double> keystrokes;
    const QString text = QStringLiteral("区里各部门要切实把创城任务落到实处，");
    for (int round = 0; round < 12; ++round) {
        for (const QChar c : text) {
            QElapsedTimer clock;
            clock.start();
            QTest::sendKeyEvent(QTest::Click, body, Qt::Key_unknown, QString(c), Qt::NoModifier);
            keystrokes << clock.nsecsElapsed() / 1e6;
            QTest::qWait(40); // about 25 characters a second, a fast typist with an IME
        }
        QTest::qWait(700); // a pause: the pages are laid out and autosave runs
    }
    heartbeat.stop();
    std::printf("typing into a %d-page issue: keystroke median %.2f ms, p99 %.2f ms, max %.2f ms; "
                "longest UI-thread CPU stretch between 1 ms heartbeats %.1f ms (%lld keystrokes)\n",
                pages, percentile(keystrokes, 0.5), percentile(keystrokes, 0.99),
                percentile(keystrokes, 1.0), longestGap, keystrokes.size());
    // One save (written on the save thread, waited for here) and one delivery of the pages.
    QList<double> saves;
    for (int i = 0; i < 10; ++i) {
        QTest::sendKeyEvent(QTest::Click, body, Qt::Key_unknown, QStringLiteral("字"),
                            Qt::NoModifier);
        QElapsedTimer clock;
        clock.start();
        REQUIRE(window.session()->save().ok());
        saves << clock.nsecsElapsed() / 1e6;
    }
    QList<double> deliveries;
    const PreviewPages rendered =
        makePageRenderer()->render(window.currentDocument()->issue(), 1.7);
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer clock;
        clock.start();
        window.pages()->showPages(rendered);
        QCoreApplication::processEvents();
        deliveries << clock.nsecsElapsed() / 1e6;
    }
    std::printf("one save, waited for: median %.1f ms, max %.1f ms; pages shown on the UI thread: "
                "median %.1f ms, "
                "max %.1f ms\n",
                percentile(saves, 0.5), percentile(saves, 1.0), percentile(deliveries, 0.5),
                percentile(deliveries, 1.0));
    CHECK(window.pages()->pageCount() >= 4);
}
