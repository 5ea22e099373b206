package io.claimtrail.timelines.domain.draft;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.function.Supplier;

/**
 * Runs CPU-bound work (extraction takes tens of milliseconds) on a worker thread, and comes back to the request's
 * Vert.x context afterwards, where Hibernate Reactive and the REST clients expect to be called.
 */
final class WorkerThreads {

    private WorkerThreads() {
    }

    static <T> Uni<T> run(Supplier<T> work) {
        Context context = Vertx.currentContext();
        Uni<T> offLoop = Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        return context == null ? offLoop : offLoop.emitOn(command -> context.runOnContext(ignored -> command.run()));
    }
}
