// ============================================================================================
// Notebook 5: where cooperative code still races. A check and an act split by an await
// ============================================================================================
//
// Notebook 4 showed that nothing can interrupt a task between two awaits. The other side of
// that promise: at an await, *anything* can happen. If your code checks something, awaits, and
// then acts on what it checked, the check may no longer hold when it acts. No thread is
// involved, and still it is a race.

var lab = Lab.create();
Queue<String> q = lab.queue();

// A consumer that checks that the queue is not empty, then awaits something (a log call, a
// sleep, a database round trip), then takes the item it saw.
AsyncBody careless(String name) {
    return t -> {
        if (!q.empty()) {                  // check
            t.sleep(0.01);                 // an await: the other tasks run here
            String item = q.getNowait();   // act, on a check that may be stale
            t.print(name + " took " + item);
        }
    };
}

lab.put("the only item");
lab.spawn("A", careless("A"));
lab.spawn("B", careless("B"));
lab.run();
System.out.println(lab);
System.out.println("A: " + lab.state("A") + ". B: " + lab.state("B") + ", with " + lab.task("B").exception().getClass().getSimpleName()
        + ": both saw one item, A took it while B was asleep.");

// Fix 1: nothing between the check and the act may await. Take the item first, then sleep.
AsyncBody careful(String name) {
    return t -> {
        if (!q.empty()) {
            String item = q.getNowait();   // check and act in one step: no await between them
            t.sleep(0.01);
            t.print(name + " took " + item);
        }
    };
}
var fixed = Lab.create();
q = fixed.queue();
fixed.put("the only item");
fixed.spawn("A", careful("A"));
fixed.spawn("B", careful("B"));
fixed.run();
System.out.println("Fix 1, no await between check and act: A " + fixed.state("A") + ", B " + fixed.state("B") + "; " + fixed.output());

// Fix 2, usually the best: do not check at all. `await q.get()` checks and takes in one go,
// and waits if there is nothing (B then waits for the next item instead of failing).
var fixed2 = Lab.create();
q = fixed2.queue();
fixed2.put("the only item");
for (String name : List.of("A", "B")) {
    fixed2.spawn(name, t -> t.print(name + " took " + t.await(q.get())));
}
fixed2.run();
System.out.println("Fix 2, await q.get(): " + fixed2.output() + "; B " + fixed2.state("B") + " (waits in get for the next item)");

// ---- The same race on a plain variable: the lost update -------------------------------------
// Read, await, write: the classic lost update, without threads.
int[] balance = {100};
AsyncBody withdraw(int amount) {
    return t -> {
        int seen = balance[0];           // read
        t.sleep(0.01);                   // an await: "call the audit service"
        balance[0] = seen - amount;      // write, over whatever happened meanwhile
    };
}
var bank = Lab.create();
bank.spawn("W1", withdraw(30));
bank.spawn("W2", withdraw(30));
bank.run();
System.out.println("Two withdrawals of 30 from 100, read-await-write: balance " + balance[0] + " (one update is lost)");

// When the critical section itself must await, hold a lock across it: asyncio.Lock. A queue of
// one slot is one: `await lock.put(token)` acquires (it waits while another task holds it),
// `lock.getNowait()` releases.
balance[0] = 100;
var bank2 = Lab.create();
Queue<String> lock = new Queue<>(bank2.loop(), 1);
AsyncBody withdrawLocked(int amount) {
    return t -> {
        t.await(lock.put("token"));      // async with lock:
        try {
            int seen = balance[0];
            t.sleep(0.01);
            balance[0] = seen - amount;
        } finally {
            lock.getNowait();            // release, even if cancelled
        }
    };
}
bank2.spawn("W1", withdrawLocked(30));
bank2.spawn("W2", withdrawLocked(30));
bank2.run();
System.out.println("The same with a lock held across the await: balance " + balance[0] + ", at t=" + bank2.time()
        + " (the second withdrawal waited for the first)");
