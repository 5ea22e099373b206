package io.claimtrail.tokens;

/** A failure to report as one line on stderr, with the exit code the tool ends with. */
final class ToolException extends RuntimeException {
    private final int exitCode;

    ToolException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    static ToolException usage(String message) {
        return new ToolException(Cli.USAGE, message);
    }

    static ToolException failed(String message) {
        return new ToolException(Cli.FAILED, message);
    }

    int exitCode() {
        return exitCode;
    }
}
