#include "pagerenderer.h"

#include "printpagerenderer.h"

namespace kuaibao {

std::unique_ptr<PageRenderer> makePageRenderer() {
    return std::make_unique<PrintPageRenderer>();
}

} // namespace kuaibao
