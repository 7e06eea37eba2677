package vn.tonghop.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.dsl.IntegrationFlow;

import java.util.concurrent.atomic.AtomicBoolean;

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

    private static final Logger log = LoggerFactory.getLogger(RemoteIntakeConfiguration.class);

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
                                            @Value("${tonghop.remote.poll-millis:1000}") long pollMillis) {
        MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler();
        handler.setStepName(NightlyJobConfiguration.INTAKE_FILES);
        handler.setGridSize(partitions);
        handler.setJobRepository(jobs);
        handler.setPollInterval(pollMillis);
        handler.setMessagingOperations(new MessagingTemplate(intakeRequests()));
        return handler;
    }

    /** Only a worker process listens; a manager never takes partitions itself. */
    @Bean
    @ConditionalOnProperty("tonghop.worker")
    IntegrationFlow intakeRequestsFromRabbit(ConnectionFactory rabbit, Queue intakeQueue, PartitionWorker worker) {
        return IntegrationFlow.from(Amqp.inboundAdapter(rabbit, intakeQueue)
                        .configureContainer(c -> c.prefetchCount(1).concurrentConsumers(1)))
                .handle(String.class, (payload, headers) -> {
                    worker.run(payload);
                    return null;
                })
                .get();
    }

    @Bean
    @ConditionalOnProperty("tonghop.worker")
    PartitionWorker partitionWorker(JobRepository jobs, Step intakeFilesStep) {
        return new PartitionWorker(jobs, intakeFilesStep);
    }

    /**
     * Runs the partition a request names with Spring Batch's request handler. A request whose
     * partition no longer waits (finished, or failed and since re-sent by a restarted manager) is
     * dropped: running it again beside its replacement could only do the work twice.
     */
    public static final class PartitionWorker {

        private final JobRepository jobs;
        private final StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
        private final AtomicBoolean busy = new AtomicBoolean();

        PartitionWorker(JobRepository jobs, Step intakeFilesStep) {
            this.jobs = jobs;
            handler.setJobRepository(jobs);
            StepLocator onlyIntake = name -> intakeFilesStep.getName().equals(name) ? intakeFilesStep : null;
            handler.setStepLocator(onlyIntake);
        }

        void run(String request) {
            int bar = request.lastIndexOf('|');
            StepExecutionRequest r = new StepExecutionRequest(request.substring(0, bar),
                    Long.parseLong(request.substring(bar + 1).strip()));
            StepExecution execution = jobs.getStepExecution(r.getStepExecutionId());
            if (execution == null || !(execution.getStatus() == BatchStatus.STARTING
                    || execution.getStatus() == BatchStatus.STARTED)) {
                log.warn("partition request {} dropped: its partition is {}", request,
                        execution == null ? "gone" : execution.getStatus());
                return;
            }
            log.info("taking partition {} ({}, {})", execution.getStepName(), execution.getId(), execution.getStatus());
            busy.set(true);
            try {
                StepExecution done = handler.handle(r);
                log.info("partition {} {}: {} files written", done.getStepName(), done.getStatus(), done.getWriteCount());
            } finally {
                busy.set(false);
            }
        }

        /** Whether a partition is running in this process now. */
        public boolean busy() {
            return busy.get();
        }
    }
}
