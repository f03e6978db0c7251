package uk.mobilityexplorer.api.v1.query;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks parameters that also take a filter per dimension, named by the dimension's code (e.g. {@code sex=female}). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AcceptsBreakdownFilters {}
