package io.claimtrail.tokens;

import java.time.Clock;

/** Entry point of the runnable jar: {@code java -jar claimtrail-tokens-*-runner.jar keys|token|tokens ...}. */
public final class TokensMain {
    private TokensMain() {
    }

    public static void main(String[] args) {
        int exitCode = new Cli(System.out, System.err, Clock.systemUTC()).run(args);
        System.out.flush();
        System.exit(exitCode);
    }
}
