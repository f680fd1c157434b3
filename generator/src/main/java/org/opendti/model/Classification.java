package org.opendti.model;

import java.math.BigDecimal;

/**
 * A classification band by share of the maximum, e.g. Tốt for ≥ 0.8.
 *
 * @param minShare lower bound, inclusive, from 0 to 1
 */
public record Classification(String id, String label, String labelEn, BigDecimal minShare) {}
