package uk.mobilityexplorer.staticclient.api.model;

/** An area's code, name and type. */
public record AreaRef(String code, String name, String type) {
}
