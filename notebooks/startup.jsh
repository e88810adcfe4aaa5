// LoopLab's JShell start-up: the imports a notebook (or your own session) needs, and a
// feedback mode, "lab", that shows a whole frame when you evaluate lab.step() (JShell's normal
// mode cuts long values at 1000 characters). Use it with --feedback lab.
/set mode lab -command
/set truncation lab 40000
/set format lab display "{name} ==> {value}%n" added,modified,replaced-expression,varvalue,assignment,varinit,vardecl-ok-primary
/set format lab display "" added,modified,replaced-update
/set prompt lab "\njshell> " "   ...> "
import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import java.util.concurrent.locks.*;
import java.util.function.*;
import java.util.stream.*;
import looplab.workbook.*;
import looplab.model.Queue;
import looplab.model.Future;
import looplab.model.Task;
import looplab.model.Coroutine;
import looplab.model.CancelledError;
import looplab.model.QueueEmpty;
import looplab.model.QueueFull;
import looplab.model.EventLoop;
import looplab.random.PyRandom;
