#pragma once

#include <QElapsedTimer>

namespace kuaibao {

// The ids by which QUndoStack merges consecutive commands: typing into one field becomes one step.
enum class MergeId : int {
    SectionTyping = 1, // text typed into one field of a section (title, body, item, units)
    MastheadTyping,    // one masthead field
    FooterTyping,      // one footer field
};

// Typing merges into one undo step while the pauses between keystrokes stay shorter than this.
inline constexpr qint64 kTypingPauseMs = 2000;

// A monotonic clock for telling pauses in typing apart.
inline qint64 typingClockMs() {
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

} // namespace kuaibao
