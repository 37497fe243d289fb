// One browser story at a time: the scale-out collection runs two more app instances and
// nginx, and on two cores running it beside the others would make live-update timings flaky.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
