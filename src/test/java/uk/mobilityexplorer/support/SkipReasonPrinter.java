package uk.mobilityexplorer.support;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints why a test was skipped (disabled, or an assumption such as "the published files are present" failed) on
 * the console: Surefire writes the reason only into its XML report and shows just a count of skipped tests.
 * Registered for Surefire and Failsafe through META-INF/services.
 */
public final class SkipReasonPrinter implements TestExecutionListener {

    private TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        print(test, reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            print(test, result.getThrowable().map(Throwable::getMessage).orElse("no reason given"));
        }
    }

    private void print(TestIdentifier test, String reason) {
        String parent = plan.getParent(test).map(TestIdentifier::getDisplayName).orElse("");
        System.out.printf("Skipped: %s%s: %s%n", parent.isEmpty() ? "" : parent + " > ", test.getDisplayName(), reason);
    }
}
