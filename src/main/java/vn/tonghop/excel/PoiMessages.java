package vn.tonghop.excel;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps POI's own messages ("Failed to parse SST index '47'") off the console. They are
 * about a clerk's file, and the log file has them with the name of the file being read; bare on the console
 * they name nothing and alarm the operator.
 */
public final class PoiMessages extends Filter<ILoggingEvent> {

    /** Adds the filter to every console the logging has now; the log file keeps everything. */
    public static void offTheConsole() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().forEachRemaining(appender -> {
            if (appender instanceof ConsoleAppender<ILoggingEvent>
                    && appender.getCopyOfAttachedFiltersList().stream().noneMatch(f -> f instanceof PoiMessages)) {
                PoiMessages filter = new PoiMessages();
                filter.start();
                appender.addFilter(filter);
            }
        });
    }

    @Override
    public FilterReply decide(ILoggingEvent event) {
        String logger = event.getLoggerName();
        return logger.startsWith("org.apache.poi") || logger.startsWith("org.apache.xmlbeans") ? FilterReply.DENY
                : FilterReply.NEUTRAL;
    }
}
