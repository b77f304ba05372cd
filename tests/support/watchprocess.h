#pragma once

#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>

#include <catch2/catch.hpp>

namespace kuaibao::test {

// A `kuaibao-cli --db LOCATION watch` process, read line by line; stopped when destroyed.
class WatchProcess {
public:
    WatchProcess(const QString &location, const QProcessEnvironment &env) {
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral(KUAIBAO_CLI_PATH),
                        {QStringLiteral("--db"), location, QStringLiteral("watch")});
        REQUIRE(m_process.waitForStarted(30000));
    }
    ~WatchProcess() {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    WatchProcess(const WatchProcess &) = delete;
    WatchProcess &operator=(const WatchProcess &) = delete;

    // Waits for the notice on stderr that it watches: changes after it are reported.
    bool waitUntilWatching(int timeoutMs = 30000) {
        QElapsedTimer clock;
        clock.start();
        while (!m_err.contains("watching") && m_process.state() == QProcess::Running &&
               clock.elapsed() < timeoutMs) {
            m_process.waitForReadyRead(50);
            m_err += m_process.readAllStandardError();
            m_out += m_process.readAllStandardOutput();
        }
        return m_err.contains("watching");
    }

    // The next line on stdout, or an empty string after `timeoutMs`.
    QString nextLine(int timeoutMs) {
        QElapsedTimer clock;
        clock.start();
        while (!m_out.contains('\n') && m_process.state() == QProcess::Running &&
               clock.elapsed() < timeoutMs) {
            m_process.waitForReadyRead(10);
            m_out += m_process.readAllStandardOutput();
        }
        const qsizetype end = m_out.indexOf('\n');
        if (end < 0) {
            return {};
        }
        const QString line = QString::fromUtf8(m_out.left(end));
        m_out.remove(0, end + 1);
        return line;
    }

    QString err() {
        m_err += m_process.readAllStandardError();
        return QString::fromUtf8(m_err);
    }

private:
    QProcess m_process;
    QByteArray m_out;
    QByteArray m_err;
};

} // namespace kuaibao::test
