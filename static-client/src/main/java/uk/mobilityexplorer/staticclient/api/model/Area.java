package uk.mobilityexplorer.staticclient.api.model;

/** An area with its parent. */
public record Area(String code, String name, String type) {
}
