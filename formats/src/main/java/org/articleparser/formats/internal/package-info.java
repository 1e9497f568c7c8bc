/**
 * Helpers shared by the built-in formats: character cleaning, durations, writers. Not exported
 * by the module, not part of the API, no compatibility promise.
 */
package org.articleparser.formats.internal;
