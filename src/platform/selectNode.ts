// Imported (for its effect) first by the Node entry points — the CLI and the
// package's index — so that devices get worker threads, the CPU count and
// process-based seeds. A browser entry does not import it (src/browser.ts).

import { nodePlatform } from "./node.js";
import { setPlatform } from "./platform.js";

setPlatform(nodePlatform);
