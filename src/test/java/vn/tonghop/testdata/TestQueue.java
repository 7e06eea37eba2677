package vn.tonghop.testdata;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

import java.util.UUID;

/** A RabbitMQ queue name of a test's own on the machine's broker (127.0.0.1:5672, guest), deleted on close. */
public final class TestQueue implements AutoCloseable {

    private final String name = "tonghop.test." + UUID.randomUUID();

    public String name() {
        return name;
    }

    /** How many requests wait in the queue now. */
    public long waiting() {
        CachingConnectionFactory factory = new CachingConnectionFactory("127.0.0.1", 5672);
        try {
            var info = new RabbitAdmin(factory).getQueueInfo(name);
            return info == null ? 0 : info.getMessageCount();
        } finally {
            factory.destroy();
        }
    }

    @Override
    public void close() {
        CachingConnectionFactory factory = new CachingConnectionFactory("127.0.0.1", 5672);
        try {
            new RabbitAdmin(factory).deleteQueue(name);
        } finally {
            factory.destroy();
        }
    }
}
