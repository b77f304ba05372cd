#pragma once

#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QStringList>

#include <catch2/catch.hpp>

#include <memory>

namespace kuaibao::test {

// What one `kuaibao-cli dev save-loop` client reported, line by line.
struct LoopReport {
    QString writer;
    QMap<int, QList<int>> saved; // issue number -> revisions saved, in order
    QMap<int, int> conflicts;    // issue number -> conflicts reported
    QStringList failed;          // the messages of failed saves (--keep-going)
    QStringList attempts;        // "saved", "conflict" or "failed", in order
    QString err;
    int exitCode = -1;
};

// One save-loop client running as its own process against `url`.
class LoopClient {
public:
    LoopClient(const QString &url, const QString &writer, const QString &numbers,
               const QStringList &options) {
        m_report.writer = writer;
        m_process.start(QStringLiteral(KUAIBAO_CLI_PATH),
                        QStringList{QStringLiteral("--db"), url, QStringLiteral("dev"),
                                    QStringLiteral("save-loop"), QStringLiteral("--numbers"),
                                    numbers, QStringLiteral("--writer"), writer} +
                            options);
        REQUIRE(m_process.waitForStarted(30000));
    }

    QProcess &process() { return m_process; }

    // Waits until the client has reported `saves` saves (or ended); how many it reported.
    int waitForSaves(int saves, int timeoutMs = 30000) {
        QElapsedTimer clock;
        clock.start();
        while (m_seenOut.count("saved ") < saves && m_process.state() == QProcess::Running &&
               clock.elapsed() < timeoutMs) {
            m_process.waitForReadyRead(100);
            m_seenOut += m_process.readAllStandardOutput();
        }
        return int(m_seenOut.count("saved "));
    }

    // Waits for the end and parses every line; a line of any other form fails the test.
    const LoopReport &finish(int timeoutMs = 60000) {
        REQUIRE(m_process.waitForFinished(timeoutMs));
        m_seenOut += m_process.readAllStandardOutput();
        m_report.err = QString::fromUtf8(m_process.readAllStandardError());
        m_report.exitCode =
            m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
        for (const QString &line :
             QString::fromUtf8(m_seenOut).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList words = line.split(QLatin1Char(' '));
            INFO(m_report.writer.toStdString() << ": " << line.toStdString());
            REQUIRE(words.size() >= 3);
            const int number = words.at(1).toInt();
            m_report.attempts << words.at(0);
            if (words.at(0) == QLatin1String("saved")) {
                REQUIRE(words.size() == 3);
                m_report.saved[number] << words.at(2).toInt();
            } else if (words.at(0) == QLatin1String("conflict")) {
                REQUIRE(words.size() == 3);
                ++m_report.conflicts[number];
            } else {
                REQUIRE(words.at(0) == QLatin1String("failed"));
                m_report.failed << line.section(QLatin1Char(' '), 2);
            }
        }
        return m_report;
    }

private:
    QProcess m_process;
    QByteArray m_seenOut;
    LoopReport m_report;
};

// Revision -> writer of every save the clients reported for issue `number`; fails the test
// when two saves claim one revision (one of them overwrote the other unseen).
inline QMap<int, QString> writersOf(const QList<LoopReport> &reports, int number) {
    QMap<int, QString> out;
    for (const LoopReport &report : reports) {
        for (const int revision : report.saved.value(number)) {
            INFO("issue " << number << " revision " << revision << " by "
                          << report.writer.toStdString());
            CHECK_FALSE(out.contains(revision));
            out.insert(revision, report.writer);
        }
    }
    return out;
}

} // namespace kuaibao::test
