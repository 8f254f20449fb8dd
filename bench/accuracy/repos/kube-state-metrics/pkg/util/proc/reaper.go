//go:build linux

/*
Copyright 2019 The Kubernetes Authors All rights reserved.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/

package proc

import (
	"os"
	"os/signal"
	"sync"
	"syscall"

	"k8s.io/klog/v2"
)

var (
	reaperOnce = new(sync.Once)

	// Indirected so the guard can be tested without the test binary running as
	// pid 1 or registering a real SIGCHLD handler.
	getpid = os.Getpid
	launch = func() { go reapChildren() }
)

// StartReaper starts a goroutine to reap processes if called from a process
// that has pid 1.
//
// It is safe to call more than once: the reaper runs for the lifetime of the
// process and has no stop path, and RunKubeStateMetrics -- which calls this --
// is restarted by the config file watchers on every reload. Without the guard
// each reload would strand another goroutine blocked on its own signal channel,
// which the signal package keeps a reference to, so it is never collected.
func StartReaper() {
	if getpid() != 1 {
		return
	}
	reaperOnce.Do(func() {
		klog.V(4).InfoS("Launching reaper")
		launch()
	})
}

func reapChildren() {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGCHLD)
	for {
		// Wait for a child to terminate
		sig := <-sigs
		klog.V(4).InfoS("Signal received", "signal", sig)
		for {
			// Reap processes
			cpid, _ := syscall.Wait4(-1, nil, syscall.WNOHANG, nil)
			if cpid < 1 {
				break
			}

			klog.V(4).InfoS("Reaped process with pid", "cpid", cpid)
		}
	}
}
