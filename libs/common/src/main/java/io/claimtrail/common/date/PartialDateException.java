package io.claimtrail.common.date;

/** A text that is not a partial date of the supported EDTF subset; the message says why. */
public class PartialDateException extends IllegalArgumentException {

    public PartialDateException(String text, String reason) {
        super("'" + text + "' is not a supported EDTF date: " + reason);
    }
}
