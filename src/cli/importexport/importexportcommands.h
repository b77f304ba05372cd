#pragma once

namespace kuaibao {

class CliContext;

// `kuaibao-cli import FILE...`: plain-text bulletins into the archive, one transaction per file.
int runImportCommand(CliContext &cli);
// `kuaibao-cli export N`: one issue as text, JSON or a self-contained HTML page.
int runExportCommand(CliContext &cli);
// `kuaibao-cli import-submission FILE... --into N`: units' items into an issue's 简讯 section.
int runImportSubmissionCommand(CliContext &cli);

} // namespace kuaibao
