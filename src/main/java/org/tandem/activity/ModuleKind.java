package org.tandem.activity;

/** How a training module is followed: in planned sessions with attendance, or online at the mentor's own pace. */
public enum ModuleKind {
    SESSION, E_LEARNING
}
