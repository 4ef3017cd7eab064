package org.recovery.examples.serve;

/**
 * The body limits of the server.
 *
 * @param maxBody the largest JSON request document, in bytes
 * @param maxUpload the largest survey export uploaded to {@code /v1/nps}, in bytes
 */
record Limits(long maxBody, long maxUpload) {}
