#include "pagerenderer.h"

#include "printpagerenderer.h"

namespace kuaibao {

std::unique_ptr<PageRenderer> makePageRenderer(TemplateResolver resolver) {
    return std::make_unique<PrintPageRenderer>(std::move(resolver));
}

} // namespace kuaibao
