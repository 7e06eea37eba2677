package vn.tonghop.job;

import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.dsl.IntegrationFlow;


/**
 * The {@code remote} profile: Spring Batch's remote partitioning over RabbitMQ. The manager sends one
 * request per partition to a durable queue and follows the partitions in the shared job repository;
 * each worker process ({@code tonghop worker}) takes one request at a time and acknowledges it only
 * when the partition has run, so a worker that dies leaves its request to the next worker, which
 * resumes the partition from its last committed chunk.
 */
@Configuration
@Profile("remote")
public class RemoteIntakeConfiguration {

    @Bean
    Queue intakeQueue(@Value("${tonghop.remote.queue:tonghop.intake}") String name) {
        return new Queue(name, true);
    }

    @Bean
    DirectChannel intakeRequests() {
        return new DirectChannel();
    }

    /** Requests travel as text ("step name|step execution id"): no Java serialisation crosses the wire. */
    @Bean
    IntegrationFlow intakeRequestsToRabbit(RabbitTemplate rabbit, Queue intakeQueue) {
        return IntegrationFlow.from(intakeRequests())
                .transform(StepExecutionRequest.class, r -> r.getStepName() + "|" + r.getStepExecutionId())
                .handle(Amqp.outboundAdapter(rabbit).routingKey(intakeQueue.getName()))
                .get();
    }

    @Bean
    PartitionHandler intakePartitionHandler(JobRepository jobs,
                                            @Value("${tonghop.remote.partitions:8}") int partitions,
                                            @Value("${tonghop.remote.poll-millis:1000}") long pollMillis,
                                            @Value("${tonghop.remote.timeout-seconds:14400}") long timeoutSeconds) {
        MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler();
        handler.setStepName(NightlyJobConfiguration.INTAKE_FILES);
        handler.setGridSize(partitions);
        handler.setJobRepository(jobs);
        handler.setPollInterval(pollMillis);
        // With no worker alive the night would wait for ever and hold the output folder; after this long it
        // fails instead, and the next run resumes it with the partitions that were not done.
        handler.setTimeout(timeoutSeconds * 1000);
        handler.setMessagingOperations(new MessagingTemplate(intakeRequests()));
        return handler;
    }

    /** Only a worker process listens, and only once {@code worker} has checked its database; a manager never takes partitions. */
    @Bean
    @ConditionalOnProperty("tonghop.worker")
    PartitionWorker partitionWorker(JobRepository jobs, Step intakeFilesStep, ConnectionFactory rabbit, Queue intakeQueue) {
        return new PartitionWorker(jobs, intakeFilesStep, rabbit, intakeQueue);
    }
}
