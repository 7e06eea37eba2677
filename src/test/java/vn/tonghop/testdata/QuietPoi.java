package vn.tonghop.testdata;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.tonghop.excel.PoiMessages;

/**
 * Keeps POI's messages about the hostile and fuzzed workbooks off the suite's console, as a night keeps them off
 * the operator's: a test that reads such files directly has no night to install the filter. Registered for every
 * test (META-INF/services); the logging Spring Boot sets up anew for each context is filtered again here.
 */
public final class QuietPoi implements BeforeAllCallback, BeforeEachCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        PoiMessages.offTheConsole();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        PoiMessages.offTheConsole();
    }
}
