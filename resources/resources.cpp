// The resources library: templates and translations are compiled in by qt_add_resources.
namespace kuaibao {
// Present so that the library has one object of its own besides its resources.
int resourcesLibraryTag = 0;
} // namespace kuaibao
