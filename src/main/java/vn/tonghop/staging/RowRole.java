package vn.tonghop.staging;

/**
 * What a staged row is. Only LEAF rows are added up; SUBTOTAL and TOTAL rows are what the clerk
 * typed for a group, compared with the sum of the leaves in their span and never added in.
 */
public enum RowRole { LEAF, SUBTOTAL, TOTAL }
