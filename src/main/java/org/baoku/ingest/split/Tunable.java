package org.baoku.ingest.split;

/**
 * A tuning number a newspaper's layout profile may set (see {@link SplitProfile}): its default is the number in
 * {@code SplitTuning} or {@code LayoutTuning}, the values tried when a profile is fitted are few and near it.
 */
public interface Tunable {

	String name();

	/** Today's number, for every paper without a profile that sets it. */
	double defaultValue();

	/** The other values a fit tries, one at a time. */
	double[] candidates();

	/** The number in force for the split running on this thread: the profile's, else the default. */
	default double value() {
		return SplitProfile.current().value(this);
	}

	default int intValue() {
		return (int) Math.round(value());
	}

}
