#pragma once

#include "core/document/fieldkey.h"
#include "core/issue.h"

#include <functional>

class QAction;
class QIcon;
class QWidget;

namespace kuaibao {

class BulletinTemplate;
class IssueDocument;
class StructureEditor;

// What every part of the issue editor needs: the open document, its structure edits, the
// template's unit list, and a way to put the cursor into a field after a structure change.
struct EditorContext {
    IssueDocument *document = nullptr;
    StructureEditor *structure = nullptr;
    const BulletinTemplate *units = nullptr; // may be null
    std::function<void(const FieldKey &)> focusField;

    const Section &section(int index) const;
    // One typing step in section `index`: `change` edits a copy, which replaces the section.
    void editSection(int index, const FieldKey &key, const std::function<void(Section &)> &change,
                     bool startsNewStep = false) const;
    // Bold switched on or off in section `index`: a step of its own, never merged with typing.
    void formatSection(int index, const std::function<void(Section &)> &change) const;
};

// The icons of the editor's small buttons, made once (a style lookup per button is slow).
enum class EditorIcon { Up, Down, Add, Remove };
const QIcon &editorIcon(EditorIcon icon);

// An action that works while focus is anywhere inside `owner`: Alt+↑ and the like.
QAction *addLocalAction(QWidget *owner, const QString &text, const QKeySequence &shortcut,
                        std::function<void()> handler);

} // namespace kuaibao
