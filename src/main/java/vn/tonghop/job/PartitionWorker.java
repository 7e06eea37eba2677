package vn.tonghop.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpRejectAndDontRequeueException;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageListener;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.beans.factory.DisposableBean;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the partition a request names with Spring Batch's request handler. A request whose
 * partition no longer waits (finished, or failed and since re-sent by a restarted manager), or whose
 * night has failed, is dropped: running it beside its replacement could only do the work twice.
 */
public final class PartitionWorker implements MessageListener, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PartitionWorker.class);

    private final JobRepository jobs;
    private final StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
    private final AtomicBoolean busy = new AtomicBoolean();
    private final SimpleMessageListenerContainer listener;

    PartitionWorker(JobRepository jobs, Step intakeFilesStep, ConnectionFactory rabbit, Queue queue) {
        this.jobs = jobs;
        // One request at a time, acknowledged when its partition has run: a dead worker's request is redelivered.
        this.listener = new SimpleMessageListenerContainer(rabbit);
        listener.setQueues(queue);
        listener.setPrefetchCount(1);
        listener.setConcurrentConsumers(1);
        listener.setAcknowledgeMode(AcknowledgeMode.AUTO);
        listener.setMessageListener(this);
        handler.setJobRepository(jobs);
        StepLocator onlyIntake = name -> intakeFilesStep.getName().equals(name) ? intakeFilesStep : null;
        handler.setStepLocator(onlyIntake);
    }

    /** Starts taking requests from the queue. */
    public void listen() {
        listener.afterPropertiesSet();
        listener.start();
    }

    @Override
    public void destroy() {
        listener.stop();
        listener.destroy();
    }

    @Override
    public void onMessage(Message message) {
        run(new String(message.getBody(), StandardCharsets.UTF_8));
    }

    void run(String request) {
        int bar = request.lastIndexOf('|');
        if (bar < 0) {
            throw new AmqpRejectAndDontRequeueException("not a partition request: " + request);
        }
        StepExecutionRequest r = new StepExecutionRequest(request.substring(0, bar),
                Long.parseLong(request.substring(bar + 1).strip()));
        StepExecution execution = jobs.getStepExecution(r.getStepExecutionId());
        if (execution == null || !(execution.getStatus() == BatchStatus.STARTING
                || execution.getStatus() == BatchStatus.STARTED)) {
            log.warn("partition request {} dropped: its partition is {}", request,
                    execution == null ? "gone" : execution.getStatus());
            return;
        }
        JobExecution night = jobs.getJobExecution(execution.getJobExecutionId());
        if (night == null || !night.getStatus().isRunning()) {
            // Its manager gave up waiting (no worker was alive) and the night failed: the next manager marks
            // this partition failed and sends it again. Run now, it would race that manager for the partition's
            // row in the job repository, and the manager that lost would fail the night it came to finish.
            log.warn("partition request {} dropped: its night is {}", request, night == null ? "gone" : night.getStatus());
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
