/**
 * Test-only support shared by every module: finding the reference data in {@code ../shared/data},
 * asserts with stated tolerances, and guards that skip a test with a reason when a requirement
 * (reference data, an external peer program, the validation profile) is missing.
 */
package org.quarryhep.testkit;
