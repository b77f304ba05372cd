#include "pagerenderer.h"

#include "plaintextrenderer.h"

namespace kuaibao {

std::unique_ptr<PageRenderer> makePageRenderer() {
    return std::make_unique<PlainTextRenderer>();
}

} // namespace kuaibao
