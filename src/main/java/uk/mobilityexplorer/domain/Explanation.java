package uk.mobilityexplorer.domain;

/** Why a result is empty or partial: a stable code and a sentence for people. */
public record Explanation(String code, String message) {}
