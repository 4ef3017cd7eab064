package org.recovery.examples.serve;

/**
 * One endpoint the server answers: a method and path and what answers it.
 *
 * @param method the HTTP method, e.g. {@code POST}
 * @param path the path, e.g. {@code /v1/decide}
 * @param endpoint what answers it
 */
record Route(String method, String path, Endpoint endpoint) {}
