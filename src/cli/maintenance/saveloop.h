#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QTextStream>

namespace kuaibao {

class Database;

// What `kuaibao-cli dev save-loop` is asked to do.
struct SaveLoopPlan {
    QList<int> numbers{1}; // issues saved in turn
    QString writer = QStringLiteral("loop");
    int count = 0;          // saves to attempt; 0 means until the duration is over
    int durationMs = 0;     // 0 means no time limit (count must then be set)
    int pauseMs = 0;        // a random pause of up to this long between saves
    bool keepGoing = false; // report a failed save ("failed N MESSAGE") and go on
};

// A long series of whole-issue saves through the real repository, each reported on its own
// flushed line once it is committed ("saved N REVISION"), or refused as stale ("conflict N
// REVISION") when another writer saved the issue in between. It refuses to touch an issue it
// did not write. The crash, two-writer and backup tests drive it in child processes; see
// docs/reliability.md.
class SaveLoop {
public:
    SaveLoop(Database &database, SaveLoopPlan plan);

    // Runs the series; stops at the first error other than a conflict, unless keepGoing, when
    // it reports each and returns an error at the end naming how many failed.
    Status run(QTextStream &out);

private:
    Status saveOnce(int number, QTextStream &out);

    Database &m_database;
    SaveLoopPlan m_plan;
};

} // namespace kuaibao
