#pragma once

class QLabel;

namespace kuaibao {

class ArchiveFeatures;
class Database;
class FileFeatures;
class MainWindow;
class OfficeFeatures;
class PreflightFeatures;
class SignoffFeatures;
class SubmissionFeatures;

// The main window's features. build() gives each the parts of the window it needs (the
// editing session, the editor, the settings) and wires what they ask of the window (the
// archive list read again, the banner, the list's marks, the File menu) and of each other (the
// preflight's gate before output, the sign-off queues after others' changes) by signals: the one
// place that knows them all. The features are children of the window.
struct WindowFeatures {
    FileFeatures *file = nullptr;
    SignoffFeatures *signoff = nullptr;
    ArchiveFeatures *archive = nullptr;
    PreflightFeatures *preflight = nullptr;
    SubmissionFeatures *submission = nullptr;
    OfficeFeatures *office = nullptr;

    // `saveState` is the status bar's label of the save state, where the server connection's
    // state shows too.
    static WindowFeatures build(MainWindow &window, Database &database, QLabel &saveState);
};

} // namespace kuaibao
