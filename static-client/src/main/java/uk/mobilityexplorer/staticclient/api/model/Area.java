package uk.mobilityexplorer.staticclient.api.model;

/** An area with its parent (the area pages link to it and group areas by nation and region through it). */
public record Area(String code, String name, String type, AreaRef parent) {
}
