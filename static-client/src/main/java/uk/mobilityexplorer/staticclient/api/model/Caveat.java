package uk.mobilityexplorer.staticclient.api.model;

/** Something a reader needs to know, as a code from the API's closed list with its text. */
public record Caveat(String code, String kind, String text) {

    /** Warnings are shown as GOV.UK warning text, anything else as inset text. */
    public boolean isWarning() {
        return "warning".equals(kind);
    }
}
